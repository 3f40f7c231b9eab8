using System;
using System.Collections.Generic;

namespace NewsFacts.Extraction.Lexicon;

/// <summary>
/// Well-known cities and resorts of the world that are not capitals (the gazetteer has the capitals): places that give
/// their names to summits, meetings and the bodies' seats ("the Durban summit", "the Strasbourg organisation"). World
/// data, like the gazetteer: it says a word is a place, never which body meets there.
/// </summary>
public static class Cities
{
    private static readonly HashSet<string> s_names = new(StringComparer.Ordinal)
    {
        // Europe
        "Strasbourg", "Geneva", "Davos", "Lausanne", "Zurich", "Basel", "Lugano", "Salzburg", "Innsbruck", "Graz", "Munich", "Frankfurt", "Hamburg",
        "Cologne", "Bonn", "Dresden", "Leipzig", "Heiligendamm", "Elmau", "Düsseldorf", "Stuttgart", "Nuremberg", "Hanover", "Aachen",
        "Lyon", "Marseille", "Nice", "Cannes", "Biarritz", "Deauville", "Evian", "Bordeaux", "Toulouse", "Lille", "Versailles",
        "Milan", "Turin", "Naples", "Florence", "Venice", "Genoa", "Bologna", "Taormina", "Bari", "Palermo", "Messina",
        "Barcelona", "Seville", "Granada", "Valencia", "Bilbao", "Malaga", "Porto", "Coimbra", "Sintra",
        "Antwerp", "Ghent", "Bruges", "Rotterdam", "Maastricht", "Utrecht", "The Hague", "Noordwijk",
        "Gothenburg", "Malmo", "Malmö", "Bergen", "Trondheim", "Tromso", "Tromsø", "Turku", "Tampere", "Aarhus", "Odense", "Rovaniemi",
        "Manchester", "Birmingham", "Liverpool", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Newport", "Gleneagles", "Carbis Bay",
        "Krakow", "Kraków", "Gdansk", "Gdańsk", "Wroclaw", "Poznan", "Lodz", "Brno", "Ostrava", "Kosice", "Debrecen", "Visegrad", "Visegrád",
        "Cluj", "Constanta", "Timisoara", "Iasi", "Varna", "Plovdiv", "Burgas", "Thessaloniki", "Corfu", "Rhodes", "Crete", "Split", "Dubrovnik",
        "Ohrid", "Brdo", "Bled", "Novi Sad", "Mostar", "Banja Luka", "Durres", "Limassol", "Larnaca",
        "Istanbul", "Antalya", "Izmir", "Bodrum", "Bursa", "Trabzon",
        "Odesa", "Odessa", "Kharkiv", "Lviv", "Dnipro", "Yalta", "Sevastopol", "Batumi", "Kutaisi", "Gyumri", "Ganja", "Sumgait",
        "Saint Petersburg", "St Petersburg", "St. Petersburg", "Sochi", "Kazan", "Yekaterinburg", "Ufa", "Novosibirsk", "Vladivostok",
        "Kaliningrad", "Murmansk", "Nizhny Novgorod", "Samara", "Volgograd", "Rostov", "Brest", "Gomel", "Grodno", "Vitebsk", "Narva", "Tartu",
        "Kaunas", "Klaipeda", "Daugavpils",
        // Asia and the Pacific
        "Samarkand", "Bukhara", "Khiva", "Almaty", "Shymkent", "Aktau", "Osh", "Cholpon-Ata", "Khujand", "Turkmenbashi",
        "Shanghai", "Qingdao", "Xiamen", "Hangzhou", "Guangzhou", "Shenzhen", "Chongqing", "Chengdu", "Wuhan", "Tianjin", "Dalian", "Xi'an",
        "Kunming", "Nanning", "Boao", "Sanya", "Urumqi", "Harbin", "Lhasa", "Macau", "Macao",
        "Osaka", "Kyoto", "Hiroshima", "Nagoya", "Yokohama", "Kobe", "Sapporo", "Okinawa", "Ise-Shima", "Toyako", "Nagasaki",
        "Busan", "Incheon", "Jeju", "Gyeongju", "Daegu",
        "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore", "Hyderabad", "Goa", "Ahmedabad", "Gandhinagar",
        "Varanasi", "Agra", "Jaipur", "Kochi", "Pune", "Amritsar", "Karachi", "Lahore", "Peshawar", "Quetta", "Gwadar", "Chittagong", "Kandy",
        "Pokhara", "Herat", "Kandahar", "Mazar-i-Sharif",
        "Ho Chi Minh City", "Saigon", "Da Nang", "Danang", "Haiphong", "Hue", "Chiang Mai", "Pattaya", "Phuket", "Hua Hin", "Cha-am",
        "Siem Reap", "Luang Prabang", "Mandalay", "Yangon", "Rangoon", "Penang", "Langkawi", "Malacca", "Kota Kinabalu", "Kuching",
        "Surabaya", "Bali", "Nusa Dua", "Denpasar", "Bandung", "Medan", "Makassar", "Labuan Bajo", "Cebu", "Davao", "Boracay", "Subic",
        "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin", "Cairns", "Auckland", "Christchurch", "Queenstown", "Nadi", "Noumea",
        "Jeddah", "Mecca", "Medina", "Dhahran", "Al-Ula", "AlUla", "Dubai", "Sharjah", "Salalah", "Basra", "Mosul", "Erbil", "Aleppo",
        "Homs", "Latakia", "Tabriz", "Isfahan", "Mashhad", "Shiraz", "Aqaba", "Eilat", "Haifa", "Tel Aviv", "Jerusalem", "Gaza", "Ramallah",
        "Bethlehem", "Sharm el-Sheikh", "Sharm El-Sheikh", "Alexandria", "Luxor", "Aswan", "Ismailia", "Port Said", "Hurghada", "El Alamein",
        // Africa
        "Durban", "Johannesburg", "Cape Town", "Sandton", "Sun City", "Port Elizabeth", "Lagos", "Kano", "Ibadan", "Port Harcourt",
        "Mombasa", "Kisumu", "Arusha", "Zanzibar", "Dar es Salaam", "Goma", "Lubumbashi", "Bukavu", "Kisangani", "Benghazi", "Misrata", "Sirte",
        "Casablanca", "Marrakesh", "Marrakech", "Tangier", "Fez", "Agadir", "Oran", "Constantine", "Sfax", "Sousse", "Djerba", "Douala",
        "Pointe-Noire", "Port-Gentil", "Bouaké", "Bouake", "Kumasi", "Tamale", "Timbuktu", "Gao", "Kidal", "Agadez", "Zinder", "Maiduguri",
        "Bulawayo", "Victoria Falls", "Livingstone", "Ndola", "Kitwe", "Beira", "Nampula", "Blantyre", "Francistown", "Walvis Bay",
        "Swakopmund", "Port Sudan", "Omdurman", "El Fasher", "Nyala", "Hargeisa", "Kismayo", "Bahir Dar", "Mekelle", "Gondar",
        "Entebbe", "Jinja", "Gisenyi",
        // The Americas
        "New York", "Chicago", "Los Angeles", "San Francisco", "Houston", "Miami", "Boston", "Seattle", "Denver", "Atlanta", "Dallas",
        "Philadelphia", "Pittsburgh", "Detroit", "Honolulu", "Anchorage", "San Diego", "Sea Island", "Camp David", "Williamsburg",
        "Toronto", "Montreal", "Vancouver", "Quebec", "Quebec City", "Halifax", "Calgary", "Kananaskis", "Charlevoix", "Winnipeg",
        "Monterrey", "Guadalajara", "Cancun", "Cancún", "Acapulco", "Tijuana", "Los Cabos", "Puerto Vallarta", "Merida", "Mérida",
        "Rio de Janeiro", "Sao Paulo", "São Paulo", "Salvador", "Recife", "Fortaleza", "Manaus", "Belem", "Belém", "Porto Alegre",
        "Foz do Iguacu", "Foz do Iguaçu", "Florianopolis", "Curitiba", "Belo Horizonte", "Cordoba", "Córdoba", "Rosario", "Mendoza",
        "Ushuaia", "Bariloche", "Mar del Plata", "Punta del Este", "Colonia", "Valparaiso", "Valparaíso", "Vina del Mar", "Viña del Mar",
        "Antofagasta", "Cartagena", "Medellin", "Medellín", "Cali", "Barranquilla", "Guayaquil", "Cuenca", "Arequipa", "Cusco", "Cuzco",
        "Santa Cruz", "Cochabamba", "Maracaibo", "Punta Cana", "Montego Bay", "San Pedro Sula",
    };

    /// <summary>Whether <paramref name="name"/> (as written, case-sensitive) is a well-known city that is not a capital.</summary>
    public static bool Contains(string name) => s_names.Contains(name);
}
