@NullMarked
package org.credence.listing.web;

import org.jspecify.annotations.NullMarked;
