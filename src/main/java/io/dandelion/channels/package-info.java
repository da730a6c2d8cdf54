/**
 * Connected accounts on every platform (X, Facebook, Instagram, YouTube, LinkedIn, Mastodon, Bluesky,
 * e-mail, the factory's websites, generic webhooks, the traffic simulator): one connector per platform
 * behind one interface, credentials encrypted at rest, polling with leases and back-off, and account
 * ownership that can be lent to another team and handed back.
 */
@NullMarked
package io.dandelion.channels;

import org.jspecify.annotations.NullMarked;
