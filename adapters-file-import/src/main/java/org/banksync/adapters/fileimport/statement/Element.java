package org.banksync.adapters.fileimport.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a file with its children: a single entry of a statement at a time is read into these,
 * so its fields can be looked up by path while the file itself is streamed. Built by a reader, then
 * only read.
 */
public final class Element {

    private final String name;
    private final int line;
    private final Map<String, String> attributes;
    private final List<Element> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    public Element(String name, int line, Map<String, String> attributes) {
        this.name = name;
        this.line = line;
        this.attributes = Map.copyOf(attributes);
    }

    public void add(Element child) {
        children.add(child);
    }

    public void appendText(String more) {
        text.append(more);
    }

    public String name() {
        return name;
    }

    /** The line of the file the element starts on. */
    public int line() {
        return line;
    }

    /** The element's own text, stripped; null when it has none. */
    public String text() {
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text of the first element at {@code path} ("RltdPties/Cdtr/Nm"), or null. */
    public String text(String path) {
        Element found = child(path);
        return found == null ? null : found.text();
    }

    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The first element at {@code path} below this one, names separated by '/', or null. */
    public Element child(String path) {
        Element current = this;
        for (String step : path.split("/")) {
            current = current.first(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Every element at {@code path} below this one, in file order; each step may match several elements. */
    public List<Element> all(String path) {
        List<Element> level = List.of(this);
        for (String step : path.split("/")) {
            level = level.stream().flatMap(element -> element.children.stream())
                    .filter(child -> child.name.equals(step)).toList();
        }
        return level;
    }

    private Element first(String childName) {
        for (Element child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }
}
