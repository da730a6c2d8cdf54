/**
 * The audit trail: an append-only, hash-chained record of every human and automatic action, with a
 * verification that names the first broken link, and a browser for hub admins.
 */
@NullMarked
package io.dandelion.audit;

import org.jspecify.annotations.NullMarked;
