package news.dateline.newsroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditorRepository extends JpaRepository<Editor, Long> {

    Optional<Editor> findByUsernameIgnoreCase(String username);

    List<Editor> findAllByOrderByUsername();

}
