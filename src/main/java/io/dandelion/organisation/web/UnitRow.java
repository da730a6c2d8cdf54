package io.dandelion.organisation.web;

import io.dandelion.organisation.TeamSummary;
import io.dandelion.organisation.UnitSummary;
import java.util.List;

/** One unit on the organisation page: its place in the tree, its teams and who holds which role on it. */
public record UnitRow(UnitSummary unit, int depth, List<TeamSummary> teams, List<String> grants) {
}
