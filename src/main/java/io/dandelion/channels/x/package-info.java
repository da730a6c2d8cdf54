/**
 * The X connector (X API v2, OAuth 2.0 user context): ingests the account's mentions timeline and
 * recent search results for monitored terms, replies, hides and unhides replies to the account's
 * posts and deletes its own posts. Written against the official OpenAPI description of API v2.
 */
@NullMarked
package io.dandelion.channels.x;

import org.jspecify.annotations.NullMarked;
