/**
 * Routing and work: queues per team, the fallback chain that sends each conversation to the team that
 * speaks the customer's language in the customer's country (then an agency with the language, then
 * the hub, then triage), assignment, ownership and hand-off, and SLA timers counted in each unit's
 * business hours and time zone. The rule model here is plain Java, free of Spring.
 */
@NullMarked
package io.dandelion.routing;

import org.jspecify.annotations.NullMarked;
