CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 10}) YIELD node, score
RETURN collect({ score: score, node: node { .id, .nameEn, .nameZh } }) AS result
