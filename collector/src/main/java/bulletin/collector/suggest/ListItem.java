package bulletin.collector.suggest;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** One item of a list as the page shows it: the element, its article link, the headline and the date. */
record ListItem(Element element, Element link, URI url, String title, Optional<ShownDate> date) {}
