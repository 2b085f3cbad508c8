@NullMarked
package org.credence.supervision.web;

import org.jspecify.annotations.NullMarked;
