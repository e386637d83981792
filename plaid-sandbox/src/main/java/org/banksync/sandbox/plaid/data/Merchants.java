package org.banksync.sandbox.plaid.data;

import java.util.List;

/**
 * The catalogues rows are drawn from, per currency and account subtype: French merchants and SEPA
 * labels for EUR, British ones for GBP, American ones for USD. EUR and GBP rows carry EU
 * transaction_codes; USD rows have none (null), as Plaid documents the codes for the EU.
 */
public final class Merchants {

    // name|merchant|pfc detailed|channel|transaction_code|min|max|in/out|day of month (0 = any)|weight|city|raw description
    private static final List<Merchant> EUR_CHECKING = parse("""
            Carrefour Market|Carrefour|FOOD_AND_DRINK_GROCERIES|in store|purchase|8.40|142.90|out|0|12|Paris|CB CARREFOUR MARKET {date} PARIS 11
            Monoprix|Monoprix|FOOD_AND_DRINK_GROCERIES|in store|purchase|4.20|86.00|out|0|10|Paris|CB MONOPRIX {date} PARIS 15
            Picard|Picard|FOOD_AND_DRINK_GROCERIES|in store|purchase|9.90|64.50|out|0|4|Lyon|CB PICARD SURGELES {date} LYON
            Boulangerie Paul|Paul|FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK|in store|purchase|1.90|14.80|out|0|9|Paris|CB PAUL GARE DE LYON {date} PARIS
            Starbucks|Starbucks|FOOD_AND_DRINK_COFFEE|in store|purchase|3.20|8.90|out|0|5|Paris|CB STARBUCKS COFFEE {date} PARIS 08
            Le Petit Bistrot|Le Petit Bistrot|FOOD_AND_DRINK_RESTAURANT|in store|purchase|18.00|76.50|out|0|6|Bordeaux|CB LE PETIT BISTROT {date} BORDEAUX
            McDonald's|McDonald's|FOOD_AND_DRINK_FAST_FOOD|in store|purchase|5.90|24.60|out|0|5|Marseille|CB MCDONALDS {date} MARSEILLE
            Nicolas|Nicolas|FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR|in store|purchase|8.90|59.00|out|0|2|Paris|CB NICOLAS {date} PARIS 17
            SNCF Connect|SNCF|TRANSPORTATION_PUBLIC_TRANSIT|online|purchase|19.00|139.00|out|0|4||CB SNCF CONNECT {date} INTERNET
            Uber|Uber|TRANSPORTATION_TAXIS_AND_RIDE_SHARES|online|purchase|7.80|42.30|out|0|4||CB UBER *TRIP {date} HELP.UBER.COM
            TotalEnergies|TotalEnergies|TRANSPORTATION_GAS|in store|purchase|28.00|94.00|out|0|4|Nantes|CB TOTALENERGIES {date} NANTES
            Indigo|Indigo|TRANSPORTATION_PARKING|in store|purchase|2.50|24.00|out|0|2|Lille|CB INDIGO PARKING {date} LILLE
            Amazon|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|purchase|8.99|189.00|out|0|8||CB AMAZON PAYMENTS {date} LUXEMBOURG
            Fnac|Fnac|GENERAL_MERCHANDISE_ELECTRONICS|in store|purchase|14.99|449.00|out|0|2|Paris|CB FNAC FORUM {date} PARIS
            Decathlon|Decathlon|GENERAL_MERCHANDISE_SPORTING_GOODS|in store|purchase|9.99|159.00|out|0|2|Villeneuve-d'Ascq|CB DECATHLON {date} VILLENEUVE D ASC
            Zara|Zara|GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES|in store|purchase|19.95|119.00|out|0|2|Paris|CB ZARA FRANCE {date} PARIS
            Pharmacie Lafayette|Pharmacie Lafayette|MEDICAL_PHARMACIES_AND_SUPPLEMENTS|in store|purchase|3.80|46.20|out|0|3|Toulouse|CB PHARMACIE LAFAYETTE {date} TOULOUSE
            Sephora|Sephora|PERSONAL_CARE_HAIR_AND_BEAUTY|in store|purchase|12.00|89.00|out|0|2|Paris|CB SEPHORA {date} PARIS
            Leroy Merlin|Leroy Merlin|HOME_IMPROVEMENT_HARDWARE|in store|purchase|7.90|249.00|out|0|2|Ivry-sur-Seine|CB LEROY MERLIN {date} IVRY SUR SEINE
            IKEA|IKEA|HOME_IMPROVEMENT_FURNITURE|in store|purchase|14.99|399.00|out|0|1|Plaisir|CB IKEA {date} PLAISIR
            Airbnb|Airbnb|TRAVEL_LODGING|online|purchase|79.00|590.00|out|0|1||CB AIRBNB * HMQ{ref} {date} DUBLIN
            Air France|Air France|TRAVEL_FLIGHTS|online|purchase|89.00|690.00|out|0|1||CB AIR FRANCE {date} ROISSY CDG
            UGC Ciné Cité|UGC|ENTERTAINMENT_TV_AND_MOVIES|in store|purchase|8.90|29.80|out|0|2|Paris|CB UGC CINE CITE {date} PARIS
            Retrait DAB||TRANSFER_OUT_WITHDRAWAL|in store|atm|20|200|out|0|3|Paris|RETRAIT DAB {date} PARIS 11 {ref}
            Avoir Amazon|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|refund|8.99|79.00|in|0|2||AVOIR CB AMAZON PAYMENTS {date} LUXEMBOURG
            Virement de Julie Martin||TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|10.00|150.00|in|0|2||VIR SEPA RECU /DE JULIE MARTIN /MOTIF REMBOURSEMENT RESTAU
            Virement vers Livret A||TRANSFER_OUT_ACCOUNT_TRANSFER|other|transfer|50.00|400.00|out|0|1||VIR VERS LIVRET A N.{ref}
            Chèque {ref}||GENERAL_SERVICES_OTHER_GENERAL_SERVICES|other|cheque|25.00|320.00|out|0|1||CHEQUE N.{ref}
            Dépôt d'espèces||TRANSFER_IN_DEPOSIT|in store|cash|50|300|in|0|1||VERSEMENT ESPECES {date} AGENCE
            Eau de Paris|Eau de Paris|RENT_AND_UTILITIES_WATER|other|bill payment|18.40|62.10|out|0|1||PAIEMENT FACTURE EAU DE PARIS REF {ref}
            PayPal|PayPal|GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE|online|payment|6.00|85.00|out|0|2||PAYPAL EUROPE S.A.R.L. ET CIE REF {ref}
            Cashback Carrefour|Carrefour|FOOD_AND_DRINK_GROCERIES|in store|cashback|1.00|6.00|in|0|1|Paris|CASHBACK CARTE CARREFOUR {date}
            Régularisation frais||BANK_FEES_OTHER_BANK_FEES|other|adjustment|1.00|9.00|in|0|1||REGULARISATION FRAIS TENUE DE COMPTE
            ACME SAS||INCOME_SALARY|other|transfer|2450.00|3380.00|in|28|0||VIR SEPA RECU /DE ACME SAS /MOTIF SALAIRE {period}
            Loyer SCI Les Lilas||RENT_AND_UTILITIES_RENT|other|standing order|980.00|980.00|out|3|0||VIR PERM LOYER SCI LES LILAS {period}
            EDF|EDF|RENT_AND_UTILITIES_GAS_AND_ELECTRICITY|other|direct debit|58.00|139.00|out|10|0||PRLV SEPA EDF CLIENTS PARTICULIERS REF {ref}
            Orange|Orange|RENT_AND_UTILITIES_TELEPHONE|other|direct debit|24.99|24.99|out|12|0||PRLV SEPA ORANGE SA ECH/{date} REF {ref}
            Free|Free|RENT_AND_UTILITIES_INTERNET_AND_CABLE|other|direct debit|29.99|29.99|out|15|0||PRLV SEPA FREE TELECOM {period}
            Netflix|Netflix|ENTERTAINMENT_TV_AND_MOVIES|online|purchase|13.49|13.49|out|18|0||CB NETFLIX.COM {date} AMSTERDAM
            Spotify|Spotify|ENTERTAINMENT_MUSIC_AND_AUDIO|online|purchase|11.12|11.12|out|21|0||CB SPOTIFY P{ref} {date} STOCKHOLM
            Basic-Fit|Basic-Fit|PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS|other|direct debit|29.99|29.99|out|5|0||PRLV SEPA BASIC FIT FRANCE {period}
            MAIF|MAIF|GENERAL_SERVICES_INSURANCE|other|direct debit|41.20|41.20|out|8|0||PRLV SEPA MAIF ASSURANCE HABITATION {period}
            Cotisation carte||BANK_FEES_OTHER_BANK_FEES|other|bank charge|2.50|2.50|out|1|0||COTISATION MENSUELLE CARTE VISA PREMIER
            DGFIP||GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT|other|direct debit|186.00|186.00|out|16|0||PRLV SEPA DGFIP IMPOT PRELEVEMENT A LA SOURCE {period}
            Croix-Rouge française|Croix-Rouge française|GOVERNMENT_AND_NON_PROFIT_DONATIONS|other|direct debit|15.00|15.00|out|20|0||PRLV SEPA CROIX ROUGE FRANCAISE DON MENSUEL
            """);

    private static final List<Merchant> EUR_SAVINGS = parse("""
            Virement depuis Compte Courant||TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|50.00|400.00|in|0|6||VIR RECU DE COMPTE COURANT N.{ref}
            Virement vers Compte Courant||TRANSFER_OUT_ACCOUNT_TRANSFER|other|transfer|100.00|600.00|out|0|2||VIR EMIS VERS COMPTE COURANT N.{ref}
            Intérêts Livret A||INCOME_INTEREST_EARNED|other|interest|1.20|18.40|in|0|1||INTERETS LIVRET A {period}
            """);

    private static final List<Merchant> GBP_CHECKING = parse("""
            Tesco|Tesco|FOOD_AND_DRINK_GROCERIES|in store|purchase|4.35|118.20|out|0|12|London|CARD PAYMENT TO TESCO STORES 3217 ON {date}
            Sainsbury's|Sainsbury's|FOOD_AND_DRINK_GROCERIES|in store|purchase|3.10|96.40|out|0|9|London|CARD PAYMENT TO SAINSBURYS S/MKTS ON {date}
            Pret A Manger|Pret A Manger|FOOD_AND_DRINK_COFFEE|in store|purchase|2.95|11.40|out|0|8|London|CARD PAYMENT TO PRET A MANGER ON {date}
            Costa Coffee|Costa Coffee|FOOD_AND_DRINK_COFFEE|in store|purchase|2.60|7.90|out|0|5|Manchester|CARD PAYMENT TO COSTA COFFEE 43021 ON {date}
            Nando's|Nando's|FOOD_AND_DRINK_RESTAURANT|in store|purchase|11.50|48.00|out|0|4|Birmingham|CARD PAYMENT TO NANDOS BIRMINGHAM ON {date}
            Deliveroo|Deliveroo|FOOD_AND_DRINK_RESTAURANT|online|purchase|14.00|39.00|out|0|4||CARD PAYMENT TO DELIVEROO.CO.UK ON {date}
            Transport for London|TfL|TRANSPORTATION_PUBLIC_TRANSIT|in store|purchase|1.75|16.20|out|0|9|London|CARD PAYMENT TO TFL TRAVEL CH ON {date}
            Shell|Shell|TRANSPORTATION_GAS|in store|purchase|35.00|92.00|out|0|3|Leeds|CARD PAYMENT TO SHELL KINGSWAY ON {date}
            Amazon|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|purchase|6.99|149.00|out|0|7||CARD PAYMENT TO AMAZON.CO.UK*{ref} ON {date}
            Argos|Argos|GENERAL_MERCHANDISE_DEPARTMENT_STORES|in store|purchase|9.99|220.00|out|0|2|Bristol|CARD PAYMENT TO ARGOS LTD ON {date}
            Boots|Boots|MEDICAL_PHARMACIES_AND_SUPPLEMENTS|in store|purchase|3.50|38.00|out|0|3|London|CARD PAYMENT TO BOOTS 1102 ON {date}
            Cash withdrawal||TRANSFER_OUT_WITHDRAWAL|in store|atm|20|200|out|0|3|London|CASH WITHDRAWAL AT ROYAL PLAID ATM LONDON ON {date}
            Amazon refund|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|refund|6.99|60.00|in|0|2||REFUND FROM AMAZON.CO.UK ON {date}
            Transfer from J Smith||TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|10.00|120.00|in|0|2||FASTER PAYMENT RECEIVED FROM J SMITH REF DINNER
            Acme Ltd||INCOME_SALARY|other|transfer|2150.00|2900.00|in|28|0||FASTER PAYMENT RECEIVED FROM ACME LTD REF SALARY {period}
            Rent||RENT_AND_UTILITIES_RENT|other|standing order|1150.00|1150.00|out|1|0||STANDING ORDER TO HOMELY LETTINGS REF FLAT 4B
            British Gas|British Gas|RENT_AND_UTILITIES_GAS_AND_ELECTRICITY|other|direct debit|62.00|118.00|out|9|0||DIRECT DEBIT PAYMENT TO BRITISH GAS REF {ref}
            Thames Water|Thames Water|RENT_AND_UTILITIES_WATER|other|direct debit|38.50|38.50|out|14|0||DIRECT DEBIT PAYMENT TO THAMES WATER REF {ref}
            BT|BT|RENT_AND_UTILITIES_INTERNET_AND_CABLE|other|direct debit|34.99|34.99|out|17|0||DIRECT DEBIT PAYMENT TO BT GROUP PLC REF {ref}
            Council Tax||GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT|other|direct debit|142.00|142.00|out|2|0||DIRECT DEBIT PAYMENT TO LB HACKNEY COUNCIL TAX REF {ref}
            Netflix|Netflix|ENTERTAINMENT_TV_AND_MOVIES|online|purchase|10.99|10.99|out|19|0||CARD PAYMENT TO NETFLIX.COM ON {date}
            Monthly account fee||BANK_FEES_OTHER_BANK_FEES|other|bank charge|3.00|3.00|out|1|0||MONTHLY ACCOUNT FEE
            """);

    private static final List<Merchant> GBP_SAVINGS = parse("""
            Transfer from Current Account||TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|50.00|500.00|in|0|6||TRANSFER FROM CURRENT ACCOUNT {ref}
            Transfer to Current Account||TRANSFER_OUT_ACCOUNT_TRANSFER|other|transfer|100.00|400.00|out|0|2||TRANSFER TO CURRENT ACCOUNT {ref}
            Interest||INCOME_INTEREST_EARNED|other|interest|0.80|12.60|in|0|1||GROSS INTEREST {period}
            """);

    private static final List<Merchant> USD_CHECKING = parse("""
            Walmart|Walmart|GENERAL_MERCHANDISE_SUPERSTORES|in store|purchase|6.48|186.30|out|0|10|Bentonville|POS PURCHASE WM SUPERCENTER #1700 {date}
            Target|Target|GENERAL_MERCHANDISE_SUPERSTORES|in store|purchase|4.99|142.00|out|0|7|Minneapolis|POS PURCHASE TARGET T-0923 {date}
            Whole Foods Market|Whole Foods Market|FOOD_AND_DRINK_GROCERIES|in store|purchase|9.80|134.00|out|0|8|Austin|POS PURCHASE WHOLEFDS AUS 10234 {date}
            Starbucks|Starbucks|FOOD_AND_DRINK_COFFEE|in store|purchase|3.45|12.80|out|0|9|Seattle|POS PURCHASE STARBUCKS STORE 04312 {date}
            Chipotle|Chipotle Mexican Grill|FOOD_AND_DRINK_FAST_FOOD|in store|purchase|9.25|28.40|out|0|5|Denver|POS PURCHASE CHIPOTLE 1249 {date}
            Shell|Shell|TRANSPORTATION_GAS|in store|purchase|25.00|78.00|out|0|4|Houston|POS PURCHASE SHELL OIL 57444 {date}
            Uber|Uber|TRANSPORTATION_TAXIS_AND_RIDE_SHARES|online|purchase|8.20|46.00|out|0|4||UBER *TRIP HELP.UBER.COM {date}
            Amazon|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|purchase|7.99|210.00|out|0|8||AMZN MKTP US*{ref} AMZN.COM/BILL WA {date}
            Home Depot|The Home Depot|HOME_IMPROVEMENT_HARDWARE|in store|purchase|5.97|260.00|out|0|2|Atlanta|POS PURCHASE THE HOME DEPOT #6540 {date}
            CVS|CVS Pharmacy|MEDICAL_PHARMACIES_AND_SUPPLEMENTS|in store|purchase|4.29|52.00|out|0|3|Chicago|POS PURCHASE CVS/PHARMACY #08841 {date}
            Delta|Delta Air Lines|TRAVEL_FLIGHTS|online|purchase|129.00|640.00|out|0|1||DELTA AIR 0062341234567 {date}
            ATM Withdrawal||TRANSFER_OUT_WITHDRAWAL|in store|atm|20|300|out|0|3|New York|ATM WITHDRAWAL 000{ref} 5TH AVE NEW YORK NY {date}
            Amazon Refund|Amazon|GENERAL_MERCHANDISE_ONLINE_MARKETPLACES|online|refund|7.99|80.00|in|0|2||AMZN MKTP US REFUND {date}
            Venmo|Venmo|TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|10.00|140.00|in|0|2||VENMO CASHOUT PPD ID: {ref}
            Acme Corp Payroll||INCOME_SALARY|other|transfer|2800.00|3600.00|in|15|0||ACME CORP PAYROLL PPD ID: 9{ref}
            Rent||RENT_AND_UTILITIES_RENT|other|standing order|1650.00|1650.00|out|1|0||ONLINE TRANSFER TO SUNSET APARTMENTS REF RENT {period}
            PG&E|PG&E|RENT_AND_UTILITIES_GAS_AND_ELECTRICITY|other|direct debit|71.00|164.00|out|11|0||PGANDE WEB ONLINE PPD ID: {ref}
            Comcast|Comcast|RENT_AND_UTILITIES_INTERNET_AND_CABLE|other|direct debit|79.99|79.99|out|13|0||COMCAST CABLE COMM PPD ID: {ref}
            Verizon|Verizon|RENT_AND_UTILITIES_TELEPHONE|other|direct debit|65.00|65.00|out|22|0||VZ WIRELESS VE VZW WEBPAY PPD ID: {ref}
            Netflix|Netflix|ENTERTAINMENT_TV_AND_MOVIES|online|purchase|15.49|15.49|out|18|0||NETFLIX.COM NETFLIX.COM CA {date}
            Monthly Service Fee||BANK_FEES_OTHER_BANK_FEES|other|bank charge|12.00|12.00|out|1|0||MONTHLY SERVICE FEE
            """);

    private static final List<Merchant> USD_SAVINGS = parse("""
            Transfer from Checking||TRANSFER_IN_ACCOUNT_TRANSFER|other|transfer|50.00|600.00|in|0|6||ONLINE TRANSFER FROM CHK ...{ref}
            Transfer to Checking||TRANSFER_OUT_ACCOUNT_TRANSFER|other|transfer|100.00|500.00|out|0|2||ONLINE TRANSFER TO CHK ...{ref}
            Interest Payment||INCOME_INTEREST_EARNED|other|interest|1.10|21.00|in|0|1||INTEREST PAYMENT {period}
            """);

    private Merchants() {
    }

    /** The catalogue for an account; USD catalogues carry no EU transaction codes. */
    public static List<Merchant> catalogue(String currency, String subtype) {
        boolean savings = subtype.equals("savings");
        List<Merchant> list = switch (currency) {
            case "EUR" -> savings ? EUR_SAVINGS : EUR_CHECKING;
            case "GBP" -> savings ? GBP_SAVINGS : GBP_CHECKING;
            case "USD" -> savings ? USD_SAVINGS : USD_CHECKING;
            default -> throw new IllegalArgumentException("no catalogue for " + currency);
        };
        return currency.equals("USD") ? list.stream().map(Merchants::withoutCode).toList() : list;
    }

    private static Merchant withoutCode(Merchant m) {
        return new Merchant(m.name(), m.merchantName(), m.pfcDetailed(), m.paymentChannel(), null, m.min(), m.max(),
                m.moneyIn(), m.dayOfMonth(), m.weight(), m.city(), m.template(), m.confidenceLevel());
    }

    private static List<Merchant> parse(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty()).map(Merchant::parse).toList();
    }
}
