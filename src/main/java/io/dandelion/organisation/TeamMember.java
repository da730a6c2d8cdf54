package io.dandelion.organisation;

/** A member within one team, with how many open conversations they take at once there. */
public record TeamMember(MemberSummary member, int capacity) {
}
