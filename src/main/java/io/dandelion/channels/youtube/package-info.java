/**
 * The YouTube connector (Data API v3, OAuth 2.0 with Google's refresh tokens): ingests the comment
 * threads on the channel's videos, replies, holds or rejects comments ({@code setModerationStatus}),
 * reports spam and deletes the channel's own comments. Written against the official OpenAPI description.
 */
@NullMarked
package io.dandelion.channels.youtube;

import org.jspecify.annotations.NullMarked;
