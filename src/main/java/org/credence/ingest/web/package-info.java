@NullMarked
package org.credence.ingest.web;

import org.jspecify.annotations.NullMarked;
