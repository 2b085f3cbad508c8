@NullMarked
package org.credence.commitment.web;

import org.jspecify.annotations.NullMarked;
