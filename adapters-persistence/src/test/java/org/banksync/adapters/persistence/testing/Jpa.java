package org.banksync.adapters.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The production persistence unit run outside the container: same entities and settings, but with
 * resource-local transactions on the test PostgreSQL, so repositories are tested against the real thing.
 */
public final class Jpa {

    private static EntityManagerFactory factory;

    private Jpa() {
    }

    public static synchronized EntityManagerFactory factory() {
        if (factory == null) {
            TestDatabase database = TestDatabase.get();
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.nonJtaDataSource", database.dataSource());
            properties.put("eclipselink.logging.level", "WARNING");
            factory = Persistence.createEntityManagerFactory("banksync", properties);
        }
        return factory;
    }

    /** Closes an entity manager a test drove by hand, rolling back what it left open. */
    public static void close(EntityManager entityManager) {
        if (entityManager.getTransaction().isActive()) {
            entityManager.getTransaction().rollback();
        }
        entityManager.close();
    }

    /** Runs the work in one committed transaction, as a @UseCase would. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory().createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}
