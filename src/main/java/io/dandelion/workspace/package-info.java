/**
 * The agent workspace: the web inbox where moderators and helpers do their day's work. It lists the
 * conversations a person may see with filters, counts and saved views, and keeps every open page up
 * to date through server-sent events fed by PostgreSQL {@code LISTEN/NOTIFY}, so that a change made
 * on one application node reaches the sessions of every node, each only for what that person may see.
 */
@NullMarked
package io.dandelion.workspace;

import org.jspecify.annotations.NullMarked;
