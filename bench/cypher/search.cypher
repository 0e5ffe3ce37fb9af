CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 40}) YIELD node, score
WITH node, score * CASE WHEN EXISTS { (node)-[:DESIGNATED_AS]->(:Designation) } THEN 2.0 ELSE 1.0 END AS score
ORDER BY score DESC, node.id LIMIT 10
RETURN collect({ score: score, node: node { .id, .nameEn, .nameZh } }) AS result
