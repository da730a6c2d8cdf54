package io.dandelion.channels.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a customer's mail, threaded as their mail client expects (RFC 5322 3.6.4): sent to
 * the mail's {@code Reply-To} (else its sender), {@code Re:} and its subject, {@code In-Reply-To} its
 * {@code Message-ID}, and {@code References} its references followed by its id. Our own
 * {@code Message-ID} is made here, so it is known before sending.
 */
final class ReplyMail {

	/** Keep the first id and the most recent ones when a long thread's references grow. */
	static final int MAX_REFERENCES = 20;

	private ReplyMail() {
	}

	static MimeMessage to(Message parent, Session session, String fromAddress, @Nullable String fromName, String text)
			throws MessagingException {
		String parentId = MailItems.header(parent, "Message-ID");
		if (parentId == null || MessageIds.first(parentId) == null) {
			throw new IllegalArgumentException("the mail to answer has no Message-ID, so an answer could not be threaded");
		}
		InternetAddress recipient = MailItems.firstAddress(parent.getReplyTo());
		if (recipient == null) {
			recipient = MailItems.firstAddress(parent.getFrom());
		}
		if (recipient == null) {
			throw new IllegalArgumentException("the mail to answer names no sender to answer");
		}
		String id = "<" + UUID.randomUUID() + "@" + domain(fromAddress) + ">";
		MimeMessage reply = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", id);
			}
		};
		reply.setFrom(address(fromAddress, fromName));
		reply.setRecipient(Message.RecipientType.TO, recipient);
		reply.setSubject(subject(parent.getSubject()), "UTF-8");
		reply.setSentDate(new Date());
		String parentMessageId = MessageIds.first(parentId);
		reply.setHeader("In-Reply-To", parentMessageId);
		reply.setHeader("References", MimeUtility.fold(12, String.join(" ", references(parent, parentMessageId))));
		reply.setText(text, "UTF-8");
		reply.saveChanges();
		return reply;
	}

	private static List<String> references(Message parent, String parentId) throws MessagingException {
		List<String> chain = new ArrayList<>(MessageIds.all(MailItems.header(parent, "References")));
		if (chain.isEmpty()) {
			String inReplyTo = MessageIds.first(MailItems.header(parent, "In-Reply-To"));
			if (inReplyTo != null) {
				chain.add(inReplyTo);
			}
		}
		chain.remove(parentId);
		chain.add(parentId);
		if (chain.size() > MAX_REFERENCES) {
			List<String> kept = new ArrayList<>(chain.subList(chain.size() - MAX_REFERENCES + 1, chain.size()));
			kept.add(0, chain.get(0));
			return kept;
		}
		return chain;
	}

	private static String subject(@Nullable String subject) {
		if (subject == null || subject.isBlank()) {
			return "Re: your message";
		}
		String stripped = subject.strip();
		return stripped.toLowerCase(Locale.ROOT).startsWith("re:") ? stripped : "Re: " + stripped;
	}

	private static InternetAddress address(String address, @Nullable String name) throws MessagingException {
		try {
			return name == null ? new InternetAddress(address, true) : new InternetAddress(address, name, "UTF-8");
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String domain(String address) {
		int at = address.lastIndexOf('@');
		return at < 0 || at == address.length() - 1 ? "dandelion.invalid" : address.substring(at + 1);
	}
}
