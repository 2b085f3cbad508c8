package org.credence.subject.web;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.credence.subject.IdentifierParse;
import org.credence.subject.SubjectIdentifier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem's {@code instance} is the request path, and subject paths carry identifiers in clear
 * ({@code /api/v1/subjects/11010519491231002X}); this masks every path segment that is an identifier, so that no
 * problem echoes one.
 */
@RestControllerAdvice
class MaskedProblemInstances implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getInstance() != null) {
            problem.setInstance(masked(problem.getInstance()));
        }
        return body;
    }

    static URI masked(URI instance) {
        String path = instance.getRawPath();
        if (path == null || path.length() < 18) {
            return instance;
        }
        String masked = Arrays.stream(path.split("/", -1))
                .map(segment -> segment.length() == 18
                                && SubjectIdentifier.parse(segment) instanceof IdentifierParse.Accepted accepted
                        ? accepted.identifier().masked()
                        : segment)
                .collect(Collectors.joining("/"));
        return masked.equals(path) ? instance : URI.create(masked);
    }
}
