package io.dandelion.sites.internal;

import io.dandelion.sites.SiteId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The published files of every site. Each publish writes a complete new release directory, then
 * swaps the site's {@code current} symbolic link to it with one atomic rename, so a visitor sees the
 * old release or the new one and never a half-written mix. Older releases are kept for a while.
 */
@Component
class StaticReleases {

	static final int KEPT_RELEASES = 3;

	private final Path root;

	StaticReleases(@Value("${dandelion.sites.directory:${DANDELION_DATA_DIR:data}/sites}") String directory) {
		this.root = Path.of(directory).toAbsolutePath().normalize();
	}

	/** Writes the files as a new release and makes it current; returns the release's name. */
	String publish(SiteId site, Map<String, byte[]> files) {
		String name = Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
		Path siteDirectory = root.resolve(site.toString());
		Path release = siteDirectory.resolve("releases").resolve(name);
		try {
			Files.createDirectories(release);
			for (var file : files.entrySet()) {
				Path target = release.resolve(file.getKey()).normalize();
				if (!target.startsWith(release)) {
					throw new IllegalArgumentException("file outside the release: " + file.getKey());
				}
				Files.createDirectories(target.getParent());
				Files.write(target, file.getValue());
			}
			Path link = siteDirectory.resolve("current");
			Path next = siteDirectory.resolve("current-" + name);
			Files.createSymbolicLink(next, siteDirectory.relativize(release));
			Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			prune(siteDirectory.resolve("releases"), release);
			return name;
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not publish site " + site + " to " + release, e);
		}
	}

	/** The directory of the current release, if the site was ever published. */
	Optional<Path> current(SiteId site) {
		Path link = root.resolve(site.toString()).resolve("current");
		if (!Files.exists(link)) {
			return Optional.empty();
		}
		try {
			return Optional.of(link.toRealPath());
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** A published file, never outside the release; a directory means its index.html. */
	Optional<Path> file(SiteId site, String path) {
		return current(site).flatMap(release -> {
			Path file = release.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
			if (!file.startsWith(release)) {
				return Optional.empty();
			}
			if (Files.isDirectory(file)) {
				file = file.resolve("index.html");
			}
			return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
		});
	}

	/** Writes the current release as a zip. */
	void zip(SiteId site, OutputStream out) throws IOException {
		Path release = current(site).orElseThrow(() -> new SitesException.NotFound("the site was never published"));
		try (var zip = new ZipOutputStream(out); Stream<Path> files = Files.walk(release)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				zip.putNextEntry(new ZipEntry(release.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
	}

	private static void prune(Path releases, Path keep) throws IOException {
		List<Path> old;
		try (Stream<Path> all = Files.list(releases)) {
			old = all.filter(p -> !p.equals(keep)).sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
		}
		for (Path release : old.stream().skip(KEPT_RELEASES - 1).toList()) {
			try (Stream<Path> tree = Files.walk(release)) {
				for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}
}
