/**
 * The hub-and-spoke organisation: a tree of units (group, regions, countries, business units) with
 * time zones, languages and business hours; teams and their members with language skills; roles
 * granted on a unit and inherited down its subtree; external agencies whose staff act only within a
 * contract. Its {@link io.dandelion.organisation.AccessScope} is the one authorisation rule that every
 * other module asks.
 */
@NullMarked
package io.dandelion.organisation;

import org.jspecify.annotations.NullMarked;
