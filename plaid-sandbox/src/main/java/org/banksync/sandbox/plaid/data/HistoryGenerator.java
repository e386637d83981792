package org.banksync.sandbox.plaid.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates an Item's accounts and its transaction history, deterministically: the accounts from (seed,
 * item ordinal, institution), the rows from (seed, item ordinal, last day, days requested). Each
 * checking account gets monthly rows (salary, rent, bills), card purchases and transfers over the window, three pending rows in the last three days, and up to
 * three recent posted rows that replaced a pending row (their pending_transaction_id names a row that
 * is already gone). The history is a list of log events in date order: the pending predecessors are
 * added, then removed when their posted row is added.
 */
public final class HistoryGenerator {

    /** One event of the initial change log. */
    public record Event(LocalDate day, boolean added, Transaction transaction) {
    }

    /**
     * An Item's generated history: the change log events in date order and, per account, the sum of the
     * posted amounts (so the opening balance is the starting balance plus that sum).
     */
    public record History(List<Event> events, Map<String, BigDecimal> postedSums) {
    }

    private record Draft(Merchant merchant, LocalDate date, LocalDate authorizedDate, BigDecimal amount, boolean pending,
                         String ref) {
    }

    private static final int PENDING_PER_CHECKING = 3;
    private static final int REPLACED_PER_CHECKING = 3;

    private final GenerationSettings settings;

    public HistoryGenerator(GenerationSettings settings) {
        this.settings = settings;
    }

    /** The Item's accounts: ids, names, numbers and starting balances (from their own random stream). */
    public List<Account> accounts(long itemOrdinal, Institution institution) {
        List<Account> accounts = new ArrayList<>();
        for (int index = 0; index < institution.accounts().size(); index++) {
            Institution.AccountTemplate template = institution.accounts().get(index);
            SplittableRandom random = new SplittableRandom(mix(settings.seed(), itemOrdinal, index, 1));
            boolean savings = template.subtype().equals("savings");
            BigDecimal starting = money(random, savings ? 3000 : 1500, savings ? 15000 : 6000);
            Account.Numbers numbers = numbers(random, institution.codes(), template.currency());
            accounts.add(new Account(Ids.stable(settings.seed(), "account", itemOrdinal, index), template.name(),
                    template.officialName(), mask(numbers), "depository", template.subtype(), template.currency(),
                    starting, template.rowShare(), numbers));
        }
        return List.copyOf(accounts);
    }

    /** The history of the accounts over the daysRequested days ending today. */
    public History history(long itemOrdinal, List<Account> accounts, LocalDate today, int daysRequested) {
        List<Event> events = new ArrayList<>();
        Map<String, BigDecimal> postedSums = new LinkedHashMap<>();
        for (int index = 0; index < accounts.size(); index++) {
            Account account = accounts.get(index);
            SplittableRandom random = new SplittableRandom(mix(settings.seed(), itemOrdinal, index, 2));
            List<Transaction> rows = new ArrayList<>();
            events.addAll(history(random, account, today, daysRequested, rows));
            postedSums.put(account.accountId(), rows.stream().filter(row -> !row.pending()).map(Transaction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        // a stable sort: by day, then account, then row order within the account
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(Event::day));
        return new History(List.copyOf(ordered), Map.copyOf(postedSums));
    }

    private List<Event> history(SplittableRandom random, Account account, LocalDate today, int daysRequested,
                                List<Transaction> rows) {
        String accountId = account.accountId();
        int total = Math.max(1, (int) Math.round(settings.transactionsPerAccount() * account.rowShare()));
        boolean checking = account.subtype().equals("checking");
        List<Merchant> catalogue = Merchants.catalogue(account.isoCurrencyCode(), account.subtype());
        List<Merchant> monthly = catalogue.stream().filter(Merchant::monthly).toList();
        List<Merchant> anyDay = catalogue.stream().filter(merchant -> !merchant.monthly()).toList();
        List<Merchant> cards = anyDay.stream().filter(Merchant::cardLike).toList();
        LocalDate from = today.minusDays(daysRequested - 1L);
        int pending = checking && total >= 10 && !cards.isEmpty() ? PENDING_PER_CHECKING : 0;

        List<Draft> drafts = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            for (Merchant merchant : monthly) {
                LocalDate day = month.atDay(Math.min(merchant.dayOfMonth(), month.lengthOfMonth()));
                if (!day.isBefore(from) && !day.isAfter(today)) {
                    drafts.add(draft(random, merchant, day, false));
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).reversed());
        List<Draft> kept = new ArrayList<>(drafts.subList(0, Math.min(drafts.size(), total - pending)));
        int span = (int) (today.toEpochDay() - from.toEpochDay()) + 1;
        while (kept.size() < total - pending) {
            Merchant merchant = weighted(random, anyDay);
            kept.add(draft(random, merchant, from.plusDays(random.nextInt(span)), false));
        }
        for (int i = 0; i < pending; i++) {
            kept.add(draft(random, cards.get(random.nextInt(cards.size())), today.minusDays(random.nextInt(3)), true));
        }
        kept.sort(Comparator.comparing(Draft::date));

        List<Event> events = new ArrayList<>();
        int replaced = 0;
        for (int i = kept.size() - 1; i >= 0; i--) {
            // walk back from the newest rows so the replaced ones are recent
            Draft draft = kept.get(i);
            if (replaced < REPLACED_PER_CHECKING && checking && !draft.pending() && draft.merchant().cardLike()
                    && draft.date().isAfter(draft.authorizedDate()) && !draft.date().isBefore(today.minusDays(10))) {
                kept.set(i, new Draft(draft.merchant(), draft.date(), draft.authorizedDate(), draft.amount(), false,
                        draft.ref() + "*"));
                replaced++;
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            Draft draft = kept.get(i);
            boolean replacesPending = draft.ref().endsWith("*");
            String ref = replacesPending ? draft.ref().substring(0, draft.ref().length() - 1) : draft.ref();
            String pendingId = replacesPending ? Ids.stable(settings.seed(), "pending", accountId, i) : null;
            Transaction row = row(Ids.stable(settings.seed(), "tx", accountId, i), accountId, account.isoCurrencyCode(), draft,
                    ref, pendingId);
            rows.add(row);
            if (pendingId != null) {
                Transaction predecessor = row.asPendingPredecessor(pendingId);
                events.add(new Event(predecessor.date(), true, predecessor));
                events.add(new Event(row.date(), false, predecessor));
            }
            events.add(new Event(row.date(), true, row));
        }
        events.sort(Comparator.comparing(Event::day));
        return events;
    }

    private Draft draft(SplittableRandom random, Merchant merchant, LocalDate day, boolean pending) {
        BigDecimal amount = amount(random, merchant);
        LocalDate authorized = merchant.cardLike() && !pending ? day.minusDays(random.nextInt(3)) : day;
        String ref = String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        return new Draft(merchant, day, authorized, amount, pending, ref);
    }

    private static Transaction row(String id, String accountId, String currency, Draft draft, String ref,
                                   String pendingTransactionId) {
        Merchant merchant = draft.merchant();
        String name = merchant.name().replace("{ref}", ref);
        String description = merchant.template().replace("{ref}", ref)
                .replace("{date}", bankDate(currency, draft.authorizedDate()))
                .replace("{period}", period(currency, draft.date()));
        String country = switch (currency) {
            case "EUR" -> "FR";
            case "GBP" -> "GB";
            default -> "US";
        };
        boolean inStore = "in store".equals(merchant.paymentChannel()) && merchant.city() != null;
        return new Transaction(id, accountId, draft.amount(), currency, draft.date(), draft.authorizedDate(),
                draft.pending(), pendingTransactionId, name, merchant.merchantName(), description,
                merchant.paymentChannel(), merchant.pfcDetailed(), merchant.confidenceLevel(),
                merchant.transactionCode(), inStore ? merchant.city() : null, inStore ? country : null, null);
    }

    private static BigDecimal amount(SplittableRandom random, Merchant merchant) {
        BigDecimal value;
        if (merchant.min().compareTo(merchant.max()) == 0) {
            value = merchant.min();
        } else if (merchant.min().scale() == 0) {
            // cash: round tens
            int tens = merchant.min().intValue() / 10 + random.nextInt(merchant.max().intValue() / 10 - merchant.min().intValue() / 10 + 1);
            value = BigDecimal.valueOf(tens * 10L);
        } else {
            long low = merchant.min().movePointRight(2).longValueExact();
            long high = merchant.max().movePointRight(2).longValueExact();
            value = BigDecimal.valueOf(low + random.nextLong(high - low + 1), 2);
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
        return merchant.moneyIn() ? value.negate() : value;
    }

    private static BigDecimal money(SplittableRandom random, int low, int high) {
        return BigDecimal.valueOf(low * 100L + random.nextLong((high - low) * 100L), 2);
    }

    private static Merchant weighted(SplittableRandom random, List<Merchant> merchants) {
        int total = merchants.stream().mapToInt(Merchant::weight).sum();
        int pick = random.nextInt(total);
        for (Merchant merchant : merchants) {
            pick -= merchant.weight();
            if (pick < 0) {
                return merchant;
            }
        }
        return merchants.get(merchants.size() - 1);
    }

    private static Account.Numbers numbers(SplittableRandom random, Institution.Codes codes, String currency) {
        return switch (currency) {
            case "EUR" -> {
                String accountNumber = digits(random, 11);
                yield new Account.Numbers(BankNumbers.frenchIban(codes.frenchBank(), codes.frenchBranch(), accountNumber),
                        codes.bic(), accountNumber, null, null, null);
            }
            case "GBP" -> {
                String accountNumber = digits(random, 8);
                String sortCode = codes.sortCodePrefix() + digits(random, 4);
                yield new Account.Numbers(BankNumbers.britishIban(codes.britishBank(), sortCode, accountNumber),
                        codes.bic(), accountNumber, sortCode, null, null);
            }
            case "USD" -> {
                String routing = BankNumbers.abaRouting(codes.abaPrefix() + digits(random, 3));
                yield new Account.Numbers(null, null, digits(random, 10), null, routing, routing);
            }
            default -> throw new IllegalArgumentException("no account numbers for " + currency);
        };
    }

    private static String mask(Account.Numbers numbers) {
        String account = numbers.account();
        return account.substring(account.length() - 4);
    }

    private static String digits(SplittableRandom random, int count) {
        StringBuilder digits = new StringBuilder(count);
        digits.append(1 + random.nextInt(9));
        for (int i = 1; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** The date as the bank prints it: 12/03 in France, 12-03-2026 in the UK, 03/12 in the US. */
    private static String bankDate(String currency, LocalDate date) {
        return switch (currency) {
            case "EUR" -> date.format(DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT));
            case "GBP" -> date.format(DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT));
            default -> date.format(DateTimeFormatter.ofPattern("MM/dd", Locale.ROOT));
        };
    }

    private static String period(String currency, LocalDate date) {
        Locale locale = currency.equals("EUR") ? Locale.FRENCH : Locale.UK;
        String month = date.getMonth().getDisplayName(TextStyle.FULL, locale);
        String plain = Normalizer.normalize(month, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT) + " " + date.getYear();
    }

    private static long mix(long seed, long itemOrdinal, int accountIndex, int stream) {
        long x = seed * 0x9E3779B97F4A7C15L + itemOrdinal * 0xBF58476D1CE4E5B9L + accountIndex * 0x94D049BB133111EBL
                + stream * 0x2545F4914F6CDD1DL;
        x ^= x >>> 31;
        return x * 0xD6E8FEB86659FD93L;
    }
}
