/** Reports over REST ({@code /api/v1/reports}), as JSON and as CSV. */
@NullMarked
package io.dandelion.analytics.web;

import org.jspecify.annotations.NullMarked;
