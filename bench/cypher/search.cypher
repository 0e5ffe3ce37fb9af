CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 10}) YIELD node, score
RETURN collect({ score: score, node: node { .id, .nameEn, .nameZh } }) AS result
