package io.dandelion.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications that failed, on every node, every minute by default. A publication
 * fails when its listener threw, or when Spring Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) found it still waiting or running long after it was
 * published: the node that had it died (SIGKILL, power loss) or lost the database mid-way. Resubmitting
 * only failed publications, rather than every incomplete one at start-up
 * ({@code republish-outstanding-events-on-restart}), leaves another live node's work in flight alone;
 * the registry claims each publication with one conditional update, so two nodes never resubmit the same
 * one at once. A publication that keeps failing is retried less and less often (doubling from one minute
 * up to an hour) rather than every minute. The listeners are idempotent: a resubmitted batch changes
 * nothing that was already done. Completed publications are deleted once older than a week by default.
 */
@Component
class PublicationRecovery {

	private static final Logger log = LoggerFactory.getLogger(PublicationRecovery.class);

	static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);

	private final FailedEventPublications failed;
	private final CompletedEventPublications completed;
	private final Duration keepCompleted;
	private final int batchSize;
	private final Clock clock;

	PublicationRecovery(FailedEventPublications failed, CompletedEventPublications completed,
			@Value("${dandelion.events.keep-completed:P7D}") Duration keepCompleted,
			@Value("${dandelion.events.resubmit-batch:500}") int batchSize) {
		this.failed = failed;
		this.completed = completed;
		this.keepCompleted = keepCompleted;
		this.batchSize = batchSize;
		this.clock = Clock.systemUTC();
	}

	@Scheduled(fixedDelayString = "${dandelion.events.resubmit-every:PT1M}",
			initialDelayString = "${dandelion.events.resubmit-every:PT1M}")
	void scheduled() {
		try {
			resubmitFailed();
			completed.deletePublicationsOlderThan(keepCompleted);
		}
		catch (RuntimeException e) {
			// the database may be away for a moment: the next run tries again
			log.warn("Could not resubmit failed event publications: {}", e.getMessage());
		}
	}

	/** Resubmits the failed publications that are due (see {@link #due}); their listeners run asynchronously. */
	void resubmitFailed() {
		Instant now = clock.instant();
		failed.resubmit(ResubmissionOptions.defaults().withBatchSize(batchSize).withFilter(p -> due(p, now)));
	}

	/**
	 * A failed publication is due at once if it was never resubmitted; after {@code n} resubmissions it
	 * waits 2^(n-1) minutes (at most an hour) from the last one. (The registry counts the first delivery as
	 * attempt 1 and stamps it as the first "resubmission".)
	 */
	static boolean due(EventPublication publication, Instant now) {
		int resubmissions = publication.getCompletionAttempts() - 1;
		Instant last = publication.getLastResubmissionDate();
		if (resubmissions <= 0 || last == null) {
			return true;
		}
		Duration wait = Duration.ofMinutes(1L << Math.min(resubmissions - 1, 6));
		if (wait.compareTo(LONGEST_BACK_OFF) > 0) {
			wait = LONGEST_BACK_OFF;
		}
		return !last.plus(wait).isAfter(now);
	}
}
