@NullMarked
package org.credence.sanction.web;

import org.jspecify.annotations.NullMarked;
