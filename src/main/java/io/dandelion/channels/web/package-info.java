/** The channels REST API under {@code /api/v1/channels} and the channel list page. */
@NullMarked
package io.dandelion.channels.web;

import org.jspecify.annotations.NullMarked;
