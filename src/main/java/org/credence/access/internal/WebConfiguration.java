package org.credence.access.internal;

import org.credence.access.AuditTrail;
import org.credence.subject.SubjectRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the purpose-of-use and audit interceptor for the API. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    private final AccessInterceptor interceptor;

    WebConfiguration(
            AccessProperties properties,
            SecurityCurrentActor current,
            SubjectRegistry subjects,
            AuditTrail audit,
            ActorScopes scopes,
            WriteAudit writes) {
        this.interceptor = new AccessInterceptor(properties, current, subjects, audit, scopes, writes);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/v1/**");
    }
}
