package org.banksync.adapters.web.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page must keep, read from the page sources themselves. */
class PagesTest {

    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
    }

    @Test
    @DisplayName("no page is transient: every postback carries the view state, Faces' defence against cross-site requests")
    void noTransientView() throws IOException {
        for (Path page : pages()) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("transient");
        }
    }

    @Test
    @DisplayName("every text a page shows from the bundles exists in English and in French")
    void everyKeyInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        Pattern key = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
        for (Path page : pages()) {
            Matcher used = key.matcher(Files.readString(page));
            while (used.find()) {
                if (!used.group(1).endsWith(".")) {
                    assertThat(english).as(page + " uses " + used.group(1)).containsKey(used.group(1));
                }
            }
        }
        Pattern inCode = Pattern.compile("(?:text|info)\\(\"([a-z]+\\.[a-zA-Z.]+)\"|\\? \"([a-z]+\\.[a-zA-Z]+)\" : \"([a-z]+\\.[a-zA-Z]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher used = inCode.matcher(Files.readString(source));
                while (used.find()) {
                    for (int group = 1; group <= 3; group++) {
                        if (used.group(group) != null) {
                            assertThat(english).as(source + " uses " + used.group(group)).containsKey(used.group(group));
                        }
                    }
                }
            }
        }
        assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/banksync/adapters/web/ui", name))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
