/** Routing over REST ({@code /api/v1/queues}) and in the web pages. */
@NullMarked
package io.dandelion.routing.web;

import org.jspecify.annotations.NullMarked;
