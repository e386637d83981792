package org.banksync.adapters.persistence.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.banksync.application.shared.NotFound;
import org.banksync.application.statement.CsvLayout;
import org.banksync.application.statement.port.out.CsvLayoutRepository;
import org.banksync.domain.account.BankAccountId;

import java.util.List;
import java.util.Optional;

/** Each bank account's CSV layout, kept in {@code bank_account.csv_mapping} beside the account it belongs to. */
@ApplicationScoped
public class JpaCsvLayoutRepository implements CsvLayoutRepository {

    @PersistenceContext(unitName = "banksync")
    EntityManager entityManager;

    protected JpaCsvLayoutRepository() {
    }

    /** For tests outside the container. */
    public JpaCsvLayoutRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CsvLayout> find(BankAccountId bankAccountId) {
        List<?> found = entityManager.createNativeQuery("select csv_mapping from bank_account where id = ?1 and csv_mapping is not null")
                .setParameter(1, bankAccountId.value())
                .getResultList();
        return found.stream().findFirst().map(text -> CsvLayoutText.read((String) text));
    }

    @Override
    public void save(BankAccountId bankAccountId, CsvLayout layout) {
        int updated = entityManager.createNativeQuery("update bank_account set csv_mapping = ?1 where id = ?2")
                .setParameter(1, CsvLayoutText.write(layout))
                .setParameter(2, bankAccountId.value())
                .executeUpdate();
        if (updated == 0) {
            throw new NotFound("bank account", bankAccountId);
        }
    }
}
