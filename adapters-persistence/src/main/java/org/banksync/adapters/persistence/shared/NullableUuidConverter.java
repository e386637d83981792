package org.banksync.adapters.persistence.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * Maps every UUID attribute as the driver reads it. EclipseLink 5.0.0-B08 (the one inside Payara 7.2025.1) turns a
 * NULL {@code uuid} column into a NullPointerException in its built-in UUIDConverter (eclipse-ee4j/eclipselink#2768);
 * a JPA converter takes that one's place and lets NULL stay null. Auto-applied, so a new nullable UUID column is
 * safe without anyone remembering this; identifiers ({@code @Id}) never take converters, and are never null.
 */
@Converter(autoApply = true)
public class NullableUuidConverter implements AttributeConverter<UUID, UUID> {

    @Override
    public UUID convertToDatabaseColumn(UUID attribute) {
        return attribute;
    }

    @Override
    public UUID convertToEntityAttribute(UUID column) {
        return column;
    }
}
