/**
 * The e-mail connector: a mailbox read over IMAP since a {@code UIDVALIDITY:UID} cursor and answered
 * over SMTP with the threading headers mail clients follow; each mail one item of the one model,
 * threaded by {@code Message-ID} and {@code References}, HTML reduced to safe text, attachments noted
 * and never stored.
 */
@NullMarked
package io.dandelion.channels.email;

import org.jspecify.annotations.NullMarked;
