package io.dandelion.channels.email;

import io.dandelion.channels.connector.ConnectedAccount;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Locale;
import java.util.Properties;

/**
 * Where and how a mailbox is reached, from the channel's credentials (all kept in the vault):
 * {@code imap_host}, {@code imap_port}, {@code imap_security}, {@code smtp_host}, {@code smtp_port},
 * {@code smtp_security} ({@code ssl}, {@code starttls} or {@code none}), {@code username},
 * {@code password} (also used for SMTP unless {@code smtp_username}/{@code smtp_password} are set),
 * {@code address} (the mailbox's address; the handle when missing) and {@code folder} (INBOX).
 */
record MailSettings(Server imap, Server smtp, String username, String password, String smtpUsername,
		String smtpPassword, String address, String folder) {

	private static final String TIMEOUT_MS = "20000";

	/** One server: host, port and how the connection is protected. */
	record Server(String host, int port, Security security) {
	}

	/** How a connection is protected; {@code NONE} only for servers on a trusted network (and tests). */
	enum Security {
		SSL, STARTTLS, NONE;

		static Security of(String text) {
			try {
				return valueOf(text.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException("a mail server's security is ssl, starttls or none, not '" + text + "'");
			}
		}
	}

	static MailSettings of(ConnectedAccount account) {
		String address = account.optional("address", account.handle());
		String username = account.optional("username", address);
		String password = account.required("password");
		Server imap = server(account, "imap", "993", "ssl");
		Server smtp = server(account, "smtp", "587", "starttls");
		return new MailSettings(imap, smtp, username, password, account.optional("smtp_username", username),
				account.optional("smtp_password", password), address, account.optional("folder", "INBOX"));
	}

	private static Server server(ConnectedAccount account, String protocol, String port, String security) {
		String host = account.required(protocol + "_host");
		try {
			return new Server(host, Integer.parseInt(account.optional(protocol + "_port", port)),
					Security.of(account.optional(protocol + "_security", security)));
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException(protocol + "_port must be a number");
		}
	}

	/** A signed-in IMAP store; the caller closes it. */
	Store openStore() throws MessagingException {
		String protocol = imap.security() == Security.SSL ? "imaps" : "imap";
		Store store = Session.getInstance(properties(protocol, imap)).getStore(protocol);
		store.connect(imap.host(), imap.port(), username, password);
		return store;
	}

	/** A signed-in SMTP transport; the caller closes it. */
	Transport openTransport() throws MessagingException {
		String protocol = smtp.security() == Security.SSL ? "smtps" : "smtp";
		Properties properties = properties(protocol, smtp);
		properties.put("mail." + protocol + ".auth", "true");
		Transport transport = Session.getInstance(properties).getTransport(protocol);
		transport.connect(smtp.host(), smtp.port(), smtpUsername, smtpPassword);
		return transport;
	}

	/** A session to compose messages in (sending goes through {@link #openTransport()}). */
	Session composing() {
		return Session.getInstance(new Properties());
	}

	private static Properties properties(String protocol, Server server) {
		Properties properties = new Properties();
		String prefix = "mail." + protocol + ".";
		properties.put(prefix + "connectiontimeout", TIMEOUT_MS);
		properties.put(prefix + "timeout", TIMEOUT_MS);
		properties.put(prefix + "writetimeout", TIMEOUT_MS);
		if (server.security() != Security.NONE) {
			properties.put(prefix + "ssl.checkserveridentity", "true");
		}
		if (server.security() == Security.STARTTLS) {
			properties.put(prefix + "starttls.enable", "true");
			properties.put(prefix + "starttls.required", "true");
		}
		return properties;
	}

	@Override
	public String toString() {
		return "MailSettings[" + username + " at " + imap.host() + "/" + smtp.host() + "]";
	}
}
