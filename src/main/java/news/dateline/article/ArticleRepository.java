package news.dateline.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    boolean existsBySlug(String slug);

}
