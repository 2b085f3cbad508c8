@NullMarked
package org.credence.record.web;

import org.jspecify.annotations.NullMarked;
