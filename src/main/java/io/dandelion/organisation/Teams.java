package io.dandelion.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only view of teams and who is in them. */
public interface Teams {

	Optional<TeamSummary> find(TeamId id);

	/** Teams that sit on {@code unit} itself (not its subtree), by name. */
	List<TeamSummary> ofUnit(UnitId unit);

	/** Teams of one kind that sit on {@code unit}. */
	List<TeamSummary> ofUnit(UnitId unit, TeamKind kind);

	/** Enabled members of {@code team}, with their capacity in it. */
	List<TeamMember> members(TeamId team);

	/** Enabled members of {@code team} who answer customers in {@code language}, best speakers first. */
	List<TeamMember> membersSpeaking(TeamId team, String language);

	/** Agency teams whose contract covers {@code unit} (or an ancestor), {@code language} and {@code platform}. */
	List<TeamSummary> agencyTeamsCovering(UnitId unit, String language, String platform);

	/** The id of the agency contract an agency team works under; empty for the organisation's own teams. */
	Optional<UUID> contractOf(TeamId team);

	/** Teams {@code member} belongs to. */
	List<TeamSummary> ofMember(MemberId member);
}
