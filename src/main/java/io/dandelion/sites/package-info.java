/**
 * The website factory: hub-governed blueprints (versioned, with locked, overridable and local regions,
 * required pages and brand tokens), unit websites made from them and edited locally in Markdown,
 * compliance checks that warn or block as the hub decides, rollouts of a new blueprint version with a
 * dry run and rollback, atomic static publishing, and comment forms whose comments enter the social
 * pipeline as the site's channel.
 */
@NullMarked
package io.dandelion.sites;

import org.jspecify.annotations.NullMarked;
