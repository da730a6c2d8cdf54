/**
 * The website factory's implementation: blueprints, sites, pages, compliance, publishing, rollouts
 * and site comments. Types are public only where the templates need them; nothing here is API.
 */
@NullMarked
package io.dandelion.sites.internal;

import org.jspecify.annotations.NullMarked;
