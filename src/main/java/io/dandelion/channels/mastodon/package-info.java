/**
 * The Mastodon connector (REST API v1 of one instance, OAuth 2.0 token that does not expire): ingests
 * mentions from the account's notifications, replies with the parent's visibility, deletes the
 * account's own statuses. Mastodon has no API to hide someone else's reply; moderators report or
 * block instead. Written against the Mastodon OpenAPI description.
 */
@NullMarked
package io.dandelion.channels.mastodon;

import org.jspecify.annotations.NullMarked;
