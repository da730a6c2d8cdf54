/**
 * The channels themselves: the table of connected accounts with their owning and acting teams, the
 * credential vault (AES-GCM, rotating keys), and the audited administration that creates, changes,
 * lends and deletes channels within the caller's scope.
 */
@NullMarked
package io.dandelion.channels.internal;

import org.jspecify.annotations.NullMarked;
