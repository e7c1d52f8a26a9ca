package org.yangguang.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's Lucene index on disk: one writer, searchers that see only committed, complete states (a rebuild is
 * invisible until it is committed), and the commit's user data, where the replay position is kept.
 * Not thread-safe for writing: {@link IndexMaintenance} serialises writes; searching is safe at any time.
 */
public final class LuceneIndex implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private final Path location;
	private final boolean temporary;
	private final GovernmentTerms terms;
	private final Directory directory;
	/** Replaced only when uncommitted work is thrown away ({@link #discard}). */
	private volatile IndexWriter writer;
	private volatile SearcherManager searchers;

	private LuceneIndex(Path location, boolean temporary, GovernmentTerms terms) throws IOException {
		this.location = location;
		this.temporary = temporary;
		this.terms = terms;
		this.directory = FSDirectory.open(location);
		try {
			openWriter();
		}
		catch (IOException e) {
			directory.close();
			throw e;
		}
	}

	private void openWriter() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer(terms))
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setCommitOnClose(false);
		IndexWriter opened = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(opened, null);
		this.writer = opened;
	}

	/**
	 * Opens (or creates) the index at {@code path}. If another process holds it, this node gets a temporary index of
	 * its own instead, rebuilt from the database: an index is never shared.
	 */
	public static LuceneIndex open(Path path, GovernmentTerms terms) {
		try {
			Files.createDirectories(path);
			return new LuceneIndex(path, false, terms);
		}
		catch (LockObtainFailedException e) {
			log.warn("The search index at {} is in use by another process; this node uses a temporary index of its "
					+ "own. Give each node its own yangguang.search.path.", path.toAbsolutePath());
			return temporary(terms);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index at " + path.toAbsolutePath(), e);
		}
	}

	/**
	 * Opens (or creates) the index at {@code path} for the rebuild command: if another process (a running node) holds
	 * it, this fails with a message saying so, since rebuilding a copy would change nothing.
	 */
	public static LuceneIndex openExclusively(Path path, GovernmentTerms terms) {
		try {
			Files.createDirectories(path);
			return new LuceneIndex(path, false, terms);
		}
		catch (LockObtainFailedException e) {
			throw new IllegalStateException("The search index at " + path.toAbsolutePath() + " is in use by a running "
					+ "node. Stop that node before rebuilding its index from the command line, or ask the running "
					+ "nodes to rebuild: POST /api/v1/search/rebuild as an administrator.", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the search index at " + path.toAbsolutePath(), e);
		}
	}

	/** A fresh index in a temporary directory, deleted on {@link #close()}. */
	public static LuceneIndex temporary(GovernmentTerms terms) {
		try {
			return new LuceneIndex(Files.createTempDirectory("yangguang-search-"), true, terms);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create a temporary search index", e);
		}
	}

	public Path location() {
		return location;
	}

	public boolean isTemporary() {
		return temporary;
	}

	/** The user data of the last commit (empty for a new index). */
	public Map<String, String> committed() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach(e -> data.put(e.getKey(), e.getValue()));
		}
		return data;
	}

	/** Items in the committed, visible index. */
	public int size() {
		return read(searcher -> searcher.getIndexReader().numDocs());
	}

	/** Adds or replaces items, removes others, commits with {@code commitData} and makes it all visible at once. */
	void apply(Collection<Document> upserts, Collection<Term> deletions, Map<String, String> commitData) {
		try {
			for (Document doc : upserts) {
				writer.updateDocument(new Term(Fields.KEY, doc.get(Fields.KEY)), doc);
			}
			for (Term key : deletions) {
				writer.deleteDocuments(key);
			}
			commit(commitData);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Starts a replacement of everything; nothing is visible until {@link #commit}. */
	void clear() {
		try {
			writer.deleteAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void add(Collection<Document> docs) {
		try {
			writer.addDocuments(docs);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Drops what was written since the last commit (a failed rebuild) and carries on from that commit. */
	void discard() {
		SearcherManager previous = searchers;
		try {
			writer.rollback();
			openWriter();
			previous.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void commit(Map<String, String> commitData) {
		try {
			writer.setLiveCommitData(Map.copyOf(commitData).entrySet());
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Runs {@code work} on a searcher of the current committed state. */
	public <T> T read(SearcherWork<T> work) {
		for (int attempt = 1;; attempt++) {
			SearcherManager manager = searchers;
			IndexSearcher searcher;
			try {
				searcher = manager.acquire();
			}
			catch (AlreadyClosedException e) {
				if (attempt < 3) {
					continue; // replaced by discard() a moment ago
				}
				throw e;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			try {
				return work.run(searcher);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				release(manager, searcher);
			}
		}
	}

	private static void release(SearcherManager manager, IndexSearcher searcher) {
		try {
			manager.release(searcher);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@FunctionalInterface
	public interface SearcherWork<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
			directory.close();
		}
		catch (IOException e) {
			log.warn("Closing the search index at {} failed", location, e);
		}
		if (temporary) {
			deleteRecursively(location);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			log.debug("Could not delete the temporary search index {}", dir, e);
		}
	}
}
