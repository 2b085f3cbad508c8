@NullMarked
package org.credence.catalog.web;

import org.jspecify.annotations.NullMarked;
