/** The PostgreSQL data source: embedded (kept under ./data) when none is configured, otherwise the given server. */
@NullMarked
package io.dandelion.platform.database;

import org.jspecify.annotations.NullMarked;
