package org.banksync.sandbox.bridge.data;

import static org.banksync.sandbox.bridge.data.Label.of;

import java.util.Arrays;
import java.util.List;

/** The French label catalogue and the mix of it that each kind of account shows. */
public final class Labels {

    static final String CARD = "card";
    static final String DEFERRED = "deferred_debit_card";
    static final String TRANSFER = "transfer";
    static final String DIRECT_DEBIT = "direct_debit";
    static final String CHECK = "check";
    static final String WITHDRAWAL = "withdrawal";
    static final String DEPOSIT = "deposit";
    static final String UNKNOWN = "unknown";

    // merchant | clean label | category | min cents | max cents
    private static final String[] MERCHANTS = {
        "CARREFOUR MARKET|Carrefour Market|273|-12000|-500", "MONOPRIX|Monoprix|273|-9000|-300",
        "FRANPRIX|Franprix|273|-4500|-200", "LIDL|Lidl|273|-8000|-400", "AUCHAN|Auchan|273|-15000|-800",
        "PICARD SURGELES|Picard|273|-6000|-600", "PAUL|Paul|188|-1500|-180", "MC DONALDS|McDonald's|260|-2500|-450",
        "STARBUCKS|Starbucks|313|-900|-350", "LE BISTROT DU COIN|Le Bistrot du Coin|83|-8000|-1500",
        "RATP|RATP|247|-8640|-210", "IDFS T2 G|CB Idfs G|247|-8640|-210", "SNCF INTERNET|SNCF|264|-18000|-1900",
        "TOTALENERGIES|TotalEnergies|87|-9500|-2500", "VINCI AUTOROUTES|Vinci Autoroutes|196|-3500|-210",
        "INDIGO PARKING|Indigo|84|-3000|-250", "UBER *TRIP|Uber|280|-4500|-800",
        "AMAZON PAYMENTS|Amazon|441|-15000|-800", "FNAC|Fnac|243|-40000|-1000", "DECATHLON|Decathlon|184|-12000|-500",
        "ZARA|Zara|186|-9000|-1500", "LEROY MERLIN|Leroy Merlin|222|-25000|-500",
        "PHARMACIE DU MARCHE|Pharmacie du Marché|236|-4500|-300", "UGC CINE CITE|UGC|225|-2400|-900",
        "NETFLIX.COM|Netflix|242|-1799|-1349", "AIR FRANCE|Air France|309|-60000|-8000", "IBIS|Ibis|228|-18000|-6000",
    };

    private static final List<Label> IMMEDIATE_CARD = merchants("PAIEMENT PAR CARTE {date} %s {city}");
    private static final List<Label> DEFERRED_CARD = merchants("CARTE X{last4} {dm} %s {city}");

    private static final List<Label> DIRECT_DEBITS = List.of(
            of(DIRECT_DEBIT, "EDF", "PRLV SEPA EDF CLIENTS PARTICULIERS {ref}", 217, -16000, -4000),
            of(DIRECT_DEBIT, "Engie", "PRLV SEPA ENGIE {ref}", 218, -9000, -2500),
            of(DIRECT_DEBIT, "Free Mobile", "PRLV SEPA FREE MOBILE {ref}", 180, -1999, -999),
            of(DIRECT_DEBIT, "Orange", "PRLV SEPA ORANGE SA {ref}", 258, -4999, -2999),
            of(DIRECT_DEBIT, "AXA", "PRLV SEPA AXA FRANCE IARD {ref}", 221, -6000, -1800),
            of(DIRECT_DEBIT, "MAAF Assurances", "PRLV SEPA MAAF ASSURANCES {ref}", 251, -7500, -3500),
            of(DIRECT_DEBIT, "Harmonie Mutuelle", "PRLV SEPA HARMONIE MUTUELLE {ref}", 262, -9000, -3000),
            of(DIRECT_DEBIT, "DGFIP", "PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES {ref}", 206, -40000, -5000),
            of(DIRECT_DEBIT, "Foncia", "PRLV SEPA FONCIA LOYER {month} {year}", 216, -130000, -70000),
            of(DIRECT_DEBIT, "Basic-Fit", "PRLV SEPA BASIC FIT FRANCE {ref}", 224, -2999, -1999),
            of(DIRECT_DEBIT, "Canal+", "PRLV SEPA GROUPE CANAL+ {ref}", 242, -3499, -1999));

    private static final List<Label> TRANSFERS_OUT = List.of(
            of(TRANSFER, "Virement à M. Dupont", "VIR SEPA EMIS VERS M. DUPONT JEAN MOTIF REMBOURSEMENT", 78, -30000, -2000),
            of(TRANSFER, "Virement à SCI Les Tilleuls", "VIR SEPA EMIS VERS SCI LES TILLEULS MOTIF LOYER {month}", 216, -120000, -60000),
            of(TRANSFER, "Virement vers Livret A", "VIR INTERNE VERS LIVRET A", 302, -50000, -5000));

    private static final List<Label> TRANSFERS_IN = List.of(
            of(TRANSFER, "Salaire Acme", "VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE {month} {year}", 230, 180000, 350000),
            of(TRANSFER, "CAF de Paris", "VIR SEPA RECU /DE CAF DE PARIS /MOTIF PRESTATIONS {month}", 234, 10000, 40000),
            of(TRANSFER, "CPAM Paris", "VIR CPAM PARIS REMBT SOINS {dm}", 231, 1000, 8000),
            of(TRANSFER, "Leboncoin", "VIR SEPA RECU /DE LEBONCOIN /MOTIF VENTE {n}", 233, 1000, 30000));

    private static final List<Label> WITHDRAWALS = List.of(
            new Label(WITHDRAWAL, "Retrait DAB", "RETRAIT DAB {date} {bank} {city}", 85, -20000, -2000, true));

    private static final List<Label> CHECKS = List.of(
            of(CHECK, "Chèque {n}", "CHEQUE N°{n}", 88, -30000, -1500));

    private static final List<Label> DEPOSITS = List.of(
            of(DEPOSIT, "Remise de chèque", "REMISE CHEQUE N°{n}", 235, 2000, 50000),
            new Label(DEPOSIT, "Versement espèces", "VERSEMENT ESPECES {date} {city}", 235, 2000, 30000, true));

    private static final List<Label> FEES = List.of(
            of(UNKNOWN, "Frais tenue de compte", "FRAIS TENUE DE COMPTE {month}", 79, -600, -200),
            of(UNKNOWN, "Cotisation carte", "COTISATION CARTE VISA PREMIER", 79, -1350, -1350),
            of(UNKNOWN, "Commission d'intervention", "COMMISSION D'INTERVENTION {dm}", 79, -800, -800),
            of(UNKNOWN, "Régularisation", "REGULARISATION OPERATION DU {dm}", 294, -2000, 2000));

    private static final LabelMix CHECKING = new LabelMix(List.of(
            new LabelMix.Group(40, IMMEDIATE_CARD), new LabelMix.Group(15, DIRECT_DEBITS),
            new LabelMix.Group(8, TRANSFERS_OUT), new LabelMix.Group(8, TRANSFERS_IN),
            new LabelMix.Group(8, WITHDRAWALS), new LabelMix.Group(4, CHECKS),
            new LabelMix.Group(4, DEPOSITS), new LabelMix.Group(5, FEES)));

    private static final LabelMix CARD_ACCOUNT = new LabelMix(List.of(new LabelMix.Group(1, DEFERRED_CARD)));

    private static final LabelMix DOLLAR_ACCOUNT = new LabelMix(List.of(
            new LabelMix.Group(6, List.of(
                    of(CARD, "Amazon.com", "CARD PAYMENT {date} AMAZON.COM SEATTLE WA", 441, -20000, -1000),
                    of(CARD, "Apple", "CARD PAYMENT {date} APPLE.COM/BILL CUPERTINO", 219, -2999, -99),
                    of(CARD, "AWS", "CARD PAYMENT {date} AWS EMEA", 219, -30000, -500))),
            new LabelMix.Group(3, List.of(
                    of(TRANSFER, "Stripe", "WIRE TRANSFER FROM STRIPE PAYMENTS {ref}", 233, 10000, 300000))),
            new LabelMix.Group(1, FEES)));

    private static final LabelMix SAVINGS = new LabelMix(List.of(
            new LabelMix.Group(8, List.of(
                    of(TRANSFER, "Virement depuis compte courant", "VIR INTERNE DEPUIS COMPTE COURANT", 302, 5000, 50000))),
            new LabelMix.Group(2, List.of(
                    of(TRANSFER, "Virement vers compte courant", "VIR INTERNE VERS COMPTE COURANT", 302, -100000, -10000))),
            new LabelMix.Group(1, List.of(
                    of(DEPOSIT, "Intérêts créditeurs", "INTERETS CREDITEURS {year}", 232, 500, 30000)))));

    private Labels() {
    }

    public static LabelMix forAccount(AccountKind kind, boolean dollars) {
        return switch (kind) {
            case CHECKING -> dollars ? DOLLAR_ACCOUNT : CHECKING;
            case CARD -> CARD_ACCOUNT;
            case SAVINGS -> SAVINGS;
            case LOAN -> throw new IllegalArgumentException("loan rows are repayments, not a label mix");
        };
    }

    /** The loan repayment line; its amount is the loan's fixed instalment. */
    public static Label loanRepayment() {
        return of(DIRECT_DEBIT, "Échéance prêt immobilier", "ECHEANCE PRET IMMOBILIER N°{last4}", 89, 0, 0);
    }

    /** The monthly debit of a deferred card on its checking account. */
    public static Label deferredCardDebit() {
        return of(DEFERRED, "Débit différé carte X{last4}", "FACTURE CARTE DU {dm} CARTE X{last4}", 271, 0, 0);
    }

    private static List<Label> merchants(String rawPattern) {
        return Arrays.stream(MERCHANTS).map(row -> {
            String[] cells = row.split("\\|");
            return of(CARD, cells[1], String.format(rawPattern, cells[0]), Long.parseLong(cells[2]),
                    Long.parseLong(cells[3]), Long.parseLong(cells[4]));
        }).toList();
    }
}
