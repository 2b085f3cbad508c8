@NullMarked
package org.credence.access.web;

import org.jspecify.annotations.NullMarked;
