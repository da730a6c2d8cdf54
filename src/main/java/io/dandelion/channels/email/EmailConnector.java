package io.dandelion.channels.email;

import io.dandelion.channels.ChannelActions.Capability;
import io.dandelion.channels.ChannelActions.SentReply;
import io.dandelion.channels.InboundItem;
import io.dandelion.channels.connector.ConnectedAccount;
import io.dandelion.channels.connector.Connector;
import io.dandelion.channels.platforms.ParentGoneException;
import io.dandelion.channels.platforms.PlatformException;
import io.dandelion.channels.platforms.Poll;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A mailbox as a channel: IMAP in, SMTP out (settings in {@link MailSettings}). A poll reads the
 * folder's mails after the cursor, {@code UIDVALIDITY:last UID}, at most {@value #MAX_PER_POLL} at a
 * time and oldest first; the folder is opened read-only, so nothing is marked or moved. When the server
 * renumbered the folder (a new UIDVALIDITY) the folder is read again from the start and the items
 * already stored are absorbed by their {@code Message-ID}. A reply is sent by SMTP, threaded on the
 * mail it answers, which is looked up in the folder by its {@code Message-ID}.
 */
@Component
class EmailConnector implements Connector {

	static final int MAX_PER_POLL = 100;

	private final Clock clock;

	EmailConnector() {
		this(Clock.systemUTC());
	}

	EmailConnector(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String platform() {
		return "email";
	}

	@Override
	public Set<Capability> capabilities() {
		return EnumSet.of(Capability.POLL, Capability.REPLY);
	}

	@Override
	public Poll poll(ConnectedAccount account, @Nullable String cursor) {
		MailSettings settings = MailSettings.of(account);
		try (Store store = settings.openStore()) {
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_ONLY);
			try {
				return poll((UIDFolder) folder, folder, Cursor.parse(cursor), settings.address());
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException e) {
			throw failure("reading the mailbox", e);
		}
	}

	private Poll poll(UIDFolder uids, Folder folder, @Nullable Cursor cursor, String ownAddress)
			throws MessagingException {
		long validity = uids.getUIDValidity();
		long after = cursor != null && cursor.validity() == validity ? cursor.uid() : 0;
		Message[] found = uids.getMessagesByUID(after + 1, UIDFolder.LASTUID);
		FetchProfile numbering = new FetchProfile();
		numbering.add(UIDFolder.FetchProfileItem.UID);
		folder.fetch(found, numbering);
		List<Message> next = new ArrayList<>();
		for (Message mail : found) {
			// "UID n:*" also answers the last mail when none is newer than n
			if (mail != null && uids.getUID(mail) > after) {
				next.add(mail);
			}
		}
		next.sort(Comparator.comparingLong(mail -> uid(uids, mail)));
		Message[] batch = next.subList(0, Math.min(next.size(), MAX_PER_POLL)).toArray(Message[]::new);
		FetchProfile headers = new FetchProfile();
		headers.add(FetchProfile.Item.ENVELOPE);
		headers.add("References");
		headers.add("In-Reply-To");
		folder.fetch(batch, headers);
		List<InboundItem> items = new ArrayList<>(batch.length);
		long last = after;
		for (Message mail : batch) {
			last = uids.getUID(mail);
			items.add(MailItems.of(mail, "<uid." + validity + "." + last + "@mailbox.invalid>", ownAddress,
					clock.instant()));
		}
		return new Poll(items, new Cursor(validity, last).toString());
	}

	@Override
	public SentReply reply(ConnectedAccount account, String parentExternalId, @Nullable String threadExternalId,
			String text) {
		MailSettings settings = MailSettings.of(account);
		MimeMessage reply;
		try (Store store = settings.openStore()) {
			Folder folder = store.getFolder(settings.folder());
			folder.open(Folder.READ_ONLY);
			try {
				Message parent = Arrays.stream(folder.search(new MessageIDTerm(parentExternalId)))
					.findFirst()
					.orElseThrow(() -> new ParentGoneException("email", parentExternalId));
				reply = ReplyMail.to(parent, settings.composing(), settings.address(), account.optional("display_name"),
						text);
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException e) {
			throw failure("finding the mail to answer", e);
		}
		try (Transport transport = settings.openTransport()) {
			transport.sendMessage(reply, reply.getAllRecipients());
			return new SentReply(MessageIds.first(reply.getMessageID()), clock.instant());
		}
		catch (MessagingException e) {
			throw failure("sending the answer", e);
		}
	}

	private static long uid(UIDFolder uids, Message mail) {
		try {
			return uids.getUID(mail);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static PlatformException failure(String doing, MessagingException e) {
		if (e instanceof AuthenticationFailedException) {
			return new PlatformException(PlatformException.Reason.UNAUTHORISED, 0,
					"the mail server refused the user name or password while " + doing, null);
		}
		if (e instanceof SendFailedException) {
			return new PlatformException(PlatformException.Reason.REJECTED, 0,
					"the mail server refused the answer: " + e.getMessage(), null);
		}
		return new PlatformException(PlatformException.Reason.UNAVAILABLE, 0,
				"the mail server failed while " + doing + ": " + e.getMessage(), null);
	}

	/** Where the last poll stopped: the folder's UIDVALIDITY and the last UID read. */
	record Cursor(long validity, long uid) {

		static @Nullable Cursor parse(@Nullable String text) {
			if (text == null) {
				return null;
			}
			int colon = text.indexOf(':');
			try {
				return new Cursor(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
			}
			catch (RuntimeException unreadable) {
				return null; // read the folder from the start; what was stored is absorbed
			}
		}

		@Override
		public String toString() {
			return validity + ":" + uid;
		}
	}
}
