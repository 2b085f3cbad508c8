@NullMarked
package org.credence.subject.web;

import org.jspecify.annotations.NullMarked;
