@NullMarked
package org.credence.rating.web;

import org.jspecify.annotations.NullMarked;
