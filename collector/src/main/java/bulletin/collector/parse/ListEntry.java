package bulletin.collector.parse;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/** One item found on a list page: its article's URL, its title and, when the list shows it, the date. */
public record ListEntry(URI url, String title, Optional<LocalDate> date) {}
