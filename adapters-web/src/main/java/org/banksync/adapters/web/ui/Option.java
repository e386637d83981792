package org.banksync.adapters.web.ui;

import java.io.Serializable;

/** One choice of a select: the value sent back and the label shown. */
public record Option(String value, String label) implements Serializable {
}
